package org.openxeco.web.admin.articles;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleFilter;
import org.openxeco.content.ArticleService;
import org.openxeco.content.ArticleSort;
import org.openxeco.content.ArticleStatus;
import org.openxeco.content.ArticleType;
import org.openxeco.kernel.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The table of all articles: type, status and text filters and sorting run in the database,
 * one page at a time.
 */
@Named
@ViewScoped
public class ArticlesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ArticleService articles;

    private ArticleType type;
    private ArticleStatus status;
    private String text;

    private final LazyDataModel<Article> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        private transient Page<Article> last;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return last == null ? 0 : (int) Math.min(Integer.MAX_VALUE, last.total());
        }

        @Override
        public List<Article> load(int first, int pageSize, Map<String, SortMeta> sort,
                Map<String, FilterMeta> filters) {
            last = articles.listPage(filter(), order(sort), first, Math.min(pageSize, 100));
            setRowCount((int) Math.min(Integer.MAX_VALUE, last.total()));
            return last.items();
        }

        @Override
        public String getRowKey(Article article) {
            return article.getUuid().toString();
        }
    };

    ArticleFilter filter() {
        return new ArticleFilter(Optional.ofNullable(type), Optional.ofNullable(status),
                Optional.ofNullable(text).filter(t -> !t.isBlank()), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The address of the CSV export of the current filter, relative to the application. */
    public String getExportPath() {
        List<String> parts = new ArrayList<>();
        if (type != null) {
            parts.add("type=" + type.name());
        }
        if (status != null) {
            parts.add("status=" + status.name());
        }
        if (text != null && !text.isBlank()) {
            parts.add("q=" + URLEncoder.encode(text.strip(), StandardCharsets.UTF_8));
        }
        return "/admin/articles.csv" + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
    }

    /** A page whose filter is named by request parameters; unknown values are ignored. */
    static ArticlesPage of(Function<String, String> parameter) {
        ArticlesPage page = new ArticlesPage();
        page.type = parse(ArticleType.class, parameter.apply("type"));
        page.status = parse(ArticleStatus.class, parameter.apply("status"));
        page.text = parameter.apply("q");
        return page;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        try {
            return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static ArticleSort order(Map<String, SortMeta> sort) {
        SortMeta meta = sort == null ? null : sort.values().stream().findFirst().orElse(null);
        if (meta == null) {
            return ArticleSort.TITLE;
        }
        boolean descending = meta.getOrder() == SortOrder.DESCENDING;
        return switch (meta.getField()) {
            case "start" -> descending ? ArticleSort.START_DESC : ArticleSort.START;
            case "published" -> descending ? ArticleSort.PUBLISHED_DESC : ArticleSort.PUBLISHED;
            default -> descending ? ArticleSort.TITLE_DESC : ArticleSort.TITLE;
        };
    }

    public LazyDataModel<Article> getRows() {
        return rows;
    }

    public ArticleType[] getTypes() {
        return ArticleType.values();
    }

    public ArticleStatus[] getStatuses() {
        return ArticleStatus.values();
    }

    public ArticleType getType() {
        return type;
    }

    public void setType(ArticleType type) {
        this.type = type;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public void setStatus(ArticleStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
