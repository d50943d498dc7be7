package org.openxeco.web.my;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.membership.MemberArticle;
import org.openxeco.membership.MemberArticles;

/** The member's articles with where each stands in review and the latest comment. */
@Named
@RequestScoped
public class MyArticlesPage {

    @Inject
    MemberArticles articles;

    private List<MemberArticle> mine;

    @PostConstruct
    void load() {
        mine = articles.mine();
    }

    public List<MemberArticle> getMine() {
        return mine;
    }
}
