package org.openxeco.membership;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.openxeco.kernel.Cursor;
import org.openxeco.kernel.Page;
import org.openxeco.kernel.PageRequest;
import org.openxeco.kernel.Problems;

/**
 * Keyset pages of a member's own lists, newest first, with the same cursors, sizes and
 * totals as every other list of the API: the cursor holds the sort key and the UUID of the
 * last item shown, so pages stay consistent while items are added.
 */
final class MinePages {

    private MinePages() {
    }

    /**
     * A newest-first order of a list whose items are aliased {@code x}: its name in cursors,
     * the JPQL paths of its sort key and tie-breaker, and how to read both from an item and
     * a sort key back from a cursor.
     */
    record Order<T>(String name, String key, String uuid, Function<String, Object> parse,
            Function<T, String> keyOf, Function<T, String> uuidOf) {
    }

    /** One page of the items {@code from} … {@code where} selects, in the given order. */
    static <T> Page<T> fetch(EntityManager em, Class<T> type, String from, String where,
            Map<String, Object> parameters, Order<T> order, PageRequest page) {
        Map<String, Object> all = new HashMap<>(parameters);
        String condition = where;
        if (page.cursor().isPresent()) {
            Cursor after = Cursor.decode(page.cursor().get(), order.name());
            try {
                all.put("afterKey", order.parse().apply(after.key()));
            } catch (RuntimeException e) {
                throw Problems.invalid("cursor", "cursor.otherList");
            }
            all.put("afterUuid", after.uuid());
            condition += " and (" + order.key() + " < :afterKey or (" + order.key()
                    + " = :afterKey and " + order.uuid() + " < :afterUuid))";
        }

        TypedQuery<T> rows = em.createQuery("select x " + from + " where " + condition
                + " order by " + order.key() + " desc, " + order.uuid() + " desc", type);
        all.forEach(rows::setParameter);
        List<T> found = rows.setMaxResults(page.size() + 1).getResultList();
        TypedQuery<Long> count = em.createQuery("select count(x) " + from + " where " + where,
                Long.class);
        parameters.forEach(count::setParameter);

        boolean more = found.size() > page.size();
        List<T> items = more ? found.subList(0, page.size()) : found;
        T last = items.isEmpty() ? null : items.get(items.size() - 1);
        Optional<String> next = more ? Optional.of(new Cursor(order.name(),
                order.keyOf().apply(last), order.uuidOf().apply(last)).encode())
                : Optional.empty();
        return new Page<>(List.copyOf(items), count.getSingleResult(), next);
    }
}
