package org.openxeco.web.site;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.content.Article;
import org.openxeco.content.ArticleType;
import org.openxeco.content.PublicContent;

/** The home page: the latest news, the next events and open job offers. */
@Named
@RequestScoped
public class SiteHome {

    private static final int SHOWN = 5;

    @Inject
    PublicContent content;

    private List<Article> news;
    private List<Article> events;
    private List<Article> jobs;

    public List<Article> getNews() {
        if (news == null) {
            news = content.latest(ArticleType.NEWS, SHOWN);
        }
        return news;
    }

    public List<Article> getEvents() {
        if (events == null) {
            events = content.latest(ArticleType.EVENT, SHOWN);
        }
        return events;
    }

    public List<Article> getJobs() {
        if (jobs == null) {
            jobs = content.latest(ArticleType.JOB_OFFER, SHOWN);
        }
        return jobs;
    }
}
