package org.openxeco.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;

import org.junit.jupiter.api.Test;

import org.openxeco.content.Article;
import org.openxeco.directory.Organisation;
import org.openxeco.taxonomy.BundledTaxonomy;
import org.openxeco.taxonomy.TaxonomyInstaller;
import org.openxeco.taxonomy.TaxonomyRow;

class DemoRecordsTest {

    @Test
    void everyUniversityBecomesOneAcademicEntityTaggedWithItsCountry() {
        List<DemoReport.Problem> rejected = new ArrayList<>();
        List<DemoRecord<Organisation>> records = UniversityRecords.read(
                json("universities.json"), Set.copyOf(countries().values()), rejected);

        assertEquals(List.of(), rejected);
        assertEquals(10_251, records.size());
        assertEquals(10_251, records.stream().map(r -> r.object().getUuid()).distinct().count());
        DemoRecord<Organisation> first = records.get(0);
        assertEquals(List.of(UniversityRecords.countryTag(
                first.object().getAddresses().get(0).getCountryCode())), first.tags());
    }

    @Test
    void conferencesListedUnderSeveralTopicsBecomeOneEventWithAllTopics() {
        List<DemoReport.Problem> rejected = new ArrayList<>();
        List<DemoReport.Problem> warnings = new ArrayList<>();
        List<DemoRecord<Article>> events = ConferenceRecords.read(json("conferences.json"),
                countries(), rejected, warnings);

        int merged = events.stream().mapToInt(e -> e.sourceRecords().size() - 1).sum();
        assertEquals(6_831, events.size() + merged + rejected.size());
        assertEquals(6_006, events.size());
        assertEquals(2, rejected.size());
        assertTrue(rejected.stream().allMatch(p -> p.reason().contains("is not a web address")),
                rejected.toString());
        DemoRecord<Article> multi = events.stream().filter(e -> e.sourceRecords().size() > 2)
                .findFirst().orElseThrow();
        assertTrue(multi.tags().size() >= 3, multi.tags().toString());
    }

    @Test
    void sourceCountrySpellingsMapToCountryCodes() {
        List<DemoRecord<Article>> events = ConferenceRecords.read(json("conferences.json"),
                countries(), new ArrayList<>(), new ArrayList<>());
        Set<String> unmapped = new HashSet<>();
        for (DemoRecord<Article> e : events) {
            var details = e.object().getEvent().orElseThrow();
            if (details.getCountryName() != null && details.getCountryCode() == null) {
                unmapped.add(details.getCountryName());
            }
        }
        assertEquals(Set.of(), unmapped);
    }

    private static Map<String, String> countries() {
        Map<String, String> byName = new HashMap<>();
        for (TaxonomyRow row : TaxonomyInstaller.readBundled(BundledTaxonomy.COUNTRIES)) {
            if (row.parentCode() != null) {
                byName.put(row.label(), row.code());
            }
        }
        return byName;
    }

    private static JsonArray json(String file) {
        try (InputStream in = DemoRecordsTest.class.getResourceAsStream("/openxeco/demo/" + file);
                JsonReader reader = Json.createReader(in)) {
            return reader.readArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
