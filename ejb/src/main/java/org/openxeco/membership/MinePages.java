package org.openxeco.membership;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.openxeco.kernel.Cursor;
import org.openxeco.kernel.InvalidInputException;
import org.openxeco.kernel.Page;
import org.openxeco.kernel.PageRequest;

/**
 * Keyset pages of a member's own lists, newest first, with the same cursors, sizes and
 * totals as every other list of the API: the cursor holds the sort key and the UUID of the
 * last item shown, so pages stay consistent while items are added.
 */
final class MinePages {

    private MinePages() {
    }

    /**
     * One page of a list. {@code from} and {@code where} give the JPQL of the list (the
     * items aliased {@code x}), {@code key} and {@code uuid} the paths of its descending sort
     * key and tie-breaker; {@code parse} reads a sort key back from a cursor.
     */
    static <T> Page<T> fetch(EntityManager em, Class<T> type, String from, String where,
            Map<String, Object> parameters, String sort, String key, String uuid,
            Function<String, Object> parse, Function<T, String> keyOf,
            Function<T, String> uuidOf, PageRequest page) {
        Map<String, Object> all = new HashMap<>(parameters);
        String condition = where;
        if (page.cursor().isPresent()) {
            Cursor after = Cursor.decode(page.cursor().get(), sort);
            try {
                all.put("afterKey", parse.apply(after.key()));
            } catch (RuntimeException e) {
                throw new InvalidInputException("cursor", "The cursor is not valid for this list");
            }
            all.put("afterUuid", after.uuid());
            condition += " and (" + key + " < :afterKey or (" + key + " = :afterKey and "
                    + uuid + " < :afterUuid))";
        }

        TypedQuery<T> rows = em.createQuery("select x " + from + " where " + condition
                + " order by " + key + " desc, " + uuid + " desc", type);
        all.forEach(rows::setParameter);
        List<T> found = rows.setMaxResults(page.size() + 1).getResultList();
        TypedQuery<Long> count = em.createQuery("select count(x) " + from + " where " + where,
                Long.class);
        parameters.forEach(count::setParameter);

        boolean more = found.size() > page.size();
        List<T> items = more ? found.subList(0, page.size()) : found;
        Optional<String> next = more ? Optional.of(new Cursor(sort,
                keyOf.apply(items.get(page.size() - 1)),
                uuidOf.apply(items.get(page.size() - 1))).encode()) : Optional.empty();
        return new Page<>(List.copyOf(items), count.getSingleResult(), next);
    }
}
