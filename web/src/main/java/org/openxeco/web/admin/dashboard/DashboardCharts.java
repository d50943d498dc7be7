package org.openxeco.web.admin.dashboard;

import java.io.Serializable;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.openxeco.dashboard.Dashboard;
import org.openxeco.dashboard.PeerStatus;
import org.openxeco.kernel.ObjectType;
import org.openxeco.network.peers.PeerState;
import org.openxeco.taxonomy.ShownLabels;
import org.openxeco.taxonomy.TaxonomyService;
import org.openxeco.web.ui.Preferences;
import org.openxeco.web.ui.Texts;

/**
 * The charts of the admin dashboard, each with a table of its numbers: entities per value
 * of a chosen taxonomy and per country, articles per type and month, member activity per
 * week, work waiting, and the network's peers with the outcome of their latest sync.
 */
@Named
@ViewScoped
public class DashboardCharts implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How many values or countries get a bar of their own. */
    static final int TOP = 10;
    static final int MONTHS = 12;
    static final int WEEKS = 12;

    @Inject
    transient Dashboard dashboard;

    @Inject
    transient TaxonomyService taxonomies;

    @Inject
    Preferences preferences;

    @Inject
    Texts texts;

    /** A taxonomy to choose. */
    public record Choice(String id, String label) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** A peer as the network table shows it. */
    public record PeerRow(String uuid, String name, String baseUrl, String state,
            String health, Instant lastContact, String runState, Instant runAt,
            Integer runErrors) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    private List<Choice> schemes = List.of();
    private String scheme;
    private ChartView tags;
    private ChartView countries;
    private ChartView articles;
    private ChartView activity;
    private ChartView waiting;
    private ChartView network;
    private List<PeerRow> peers = List.of();

    @PostConstruct
    void load() {
        schemes = taxonomies.schemes().stream()
                .filter(s -> s.getTargets().contains(ObjectType.ENTITY))
                .map(s -> new Choice(s.getUuid().toString(),
                        ShownLabels.scheme(s, preferences.getLocale()))).toList();
        scheme = schemes.isEmpty() ? null : schemes.get(0).id();
        Charts charts = charts();
        schemeChosen();
        countries = charts.distribution("countries", texts.get("dash.countries.title"),
                texts.get("dash.country"), dashboard.entitiesPerCountry(TOP), charts::country,
                "dash.countries.other", "dash.countries.none");
        articles = charts.articles(dashboard.articlesPerMonth(preferences.zone(), MONTHS));
        activity = charts.activity(dashboard.memberActivity(preferences.zone(), WEEKS));
        waiting = charts.waiting(dashboard.waiting());
        List<PeerStatus> statuses = dashboard.peers();
        peers = statuses.stream().map(DashboardCharts::row).toList();
        Map<PeerState, Long> perState = new EnumMap<>(PeerState.class);
        statuses.forEach(p -> perState.merge(p.state(), 1L, Long::sum));
        Map<String, Long> named = new LinkedHashMap<>();
        perState.forEach((state, count) -> named.put(state.name(), count));
        network = charts.peerStates(named);
    }

    /** Draws the chart of the taxonomy chosen. */
    public void schemeChosen() {
        if (scheme == null || schemes.stream().noneMatch(c -> c.id().equals(scheme))) {
            tags = null;
            return;
        }
        tags = charts().distribution("tags", texts.get("dash.tags.title"),
                texts.get("dash.tags.value"), dashboard.entitiesPerValue(UUID.fromString(scheme),
                        TOP, preferences.getLanguage()), share -> share.label(),
                "dash.tags.other", "dash.tags.none");
    }

    private Charts charts() {
        return new Charts(texts, preferences.getLocale());
    }

    private static PeerRow row(PeerStatus p) {
        PeerStatus.LastRun run = p.lastRun();
        return new PeerRow(p.uuid().toString(), p.name(), p.baseUrl(), p.state().name(),
                p.health().name(), p.lastContact(), run == null ? null : run.state().name(),
                run == null ? null : run.finished() != null ? run.finished() : run.started(),
                run == null ? null : run.errors());
    }

    public List<Choice> getSchemes() {
        return schemes;
    }

    public String getScheme() {
        return scheme;
    }

    public void setScheme(String scheme) {
        this.scheme = scheme;
    }

    public ChartView getTags() {
        return tags;
    }

    public ChartView getCountries() {
        return countries;
    }

    public ChartView getArticles() {
        return articles;
    }

    public ChartView getActivity() {
        return activity;
    }

    public ChartView getWaiting() {
        return waiting;
    }

    public ChartView getNetwork() {
        return network;
    }

    public List<PeerRow> getPeers() {
        return peers;
    }
}
