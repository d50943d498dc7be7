package org.openxeco.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.openxeco.it.Mailbox;
import org.openxeco.portal.Browser;

/**
 * A node stopped while it sends a campaign finishes the queue when it is started again, and
 * nobody gets the mail twice. The third node is started by the test with a slow sending
 * rate (a mail every five seconds), so that the stop falls in the middle of the campaign.
 */
class CampaignRestartIT {

    private static final String URL = System.getProperty("it.campaign.url",
            System.getProperty("it.node.c", "http://localhost:9480"));
    private static final Path WLP = Path.of(System.getProperty("it.wlp.home",
            "target/liberty/wlp"));
    private static final String SERVER = System.getProperty("it.campaign.server",
            System.getProperty("it.node.c.server", "openxeco-it-net"));
    private static final Pattern COUNTS = Pattern.compile(
            "(\\d+) waiting, (\\d+) being sent, (\\d+) sent, (\\d+) failed");

    @BeforeAll
    static void up() throws Exception {
        Mailbox.start();
        // Started here, so that it runs with this test's mail settings.
        server("stop");
        server("start");
        awaitStarted();
    }

    @AfterAll
    static void down() throws Exception {
        server("stop");
    }

    @Test
    void aNodeStoppedWhileSendingFinishesTheQueueAfterItsRestartWithoutDuplicates()
            throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            addresses.add("restart-" + i + "-" + marker + "@example.org");
        }
        String page;
        try (Browser browser = Browser.desktopAt(URL)) {
            browser.signInAsAdmin().open("/admin/campaigns/edit.xhtml");
            browser.type(By.id("campaign:subject"), "Restart " + marker);
            browser.find(By.cssSelector("#campaign\\:body .ql-editor")).sendKeys("Once only");
            Path list = Files.createTempFile("campaign-list", ".csv");
            Files.writeString(list, "email,name\n" + String.join(",Someone\n", addresses)
                    + ",Someone\nnot an address,Nobody\n");
            browser.driver().findElement(By.id("upload:address-file_input"))
                    .sendKeys(list.toString());
            browser.awaitAjax();
            assertTrue(browser.find(By.cssSelector(".line-error")).getText()
                    .startsWith("Line 8:"), "the bad line of the upload is named");
            // Remove the bad line from the list, as the page asks.
            String typed = browser.find(By.id("campaign:addresses")).getAttribute("value");
            browser.type(By.id("campaign:addresses"), typed.replace("not an address,Nobody", ""));
            browser.click(By.id("campaign:send-now"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitFor(d -> !d.findElements(By.id("progress")).isEmpty());
            page = browser.driver().getCurrentUrl();
        }

        awaitReceived(addresses, 2, Duration.ofMinutes(1));
        server("stop");
        int beforeStop = received(addresses);
        server("start");
        awaitStarted();

        int[] counts;
        try (Browser browser = Browser.desktopAt(URL)) {
            browser.signInAsAdmin().driver().get(page);
            Instant end = Instant.now().plus(Duration.ofMinutes(3));
            while (!browser.find(By.id("status")).getText().equals("Sent")
                    && Instant.now().isBefore(end)) {
                Thread.sleep(2000);
                browser.driver().navigate().refresh();
            }
            assertEquals("Sent", browser.find(By.id("status")).getText());
            counts = counts(browser.find(By.id("counts")).getText());
        }
        Map<String, Integer> perAddress = perAddress(addresses);
        assertTrue(perAddress.values().stream().allMatch(n -> n <= 1), perAddress.toString());
        assertTrue(beforeStop < 6, "the stop came before the end of the campaign");
        assertTrue(received(addresses) > beforeStop, "the queue went on after the restart");
        assertEquals(received(addresses), counts[2], "every mail marked sent arrived once");
        assertEquals(6, counts[2] + counts[3], "every recipient handled");
        assertTrue(counts[3] <= 1, "at most the one being sent at the stop is interrupted");
    }

    private static int[] counts(String text) {
        Matcher matcher = COUNTS.matcher(text);
        assertTrue(matcher.find(), text);
        return new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
            Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4))};
    }

    private static int received(List<String> addresses) {
        return perAddress(addresses).values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Map<String, Integer> perAddress(List<String> addresses) {
        Map<String, Integer> counts = new TreeMap<>();
        addresses.forEach(a -> counts.put(a, Mailbox.to(a).size()));
        return counts;
    }

    private static void awaitReceived(List<String> addresses, int count, Duration limit)
            throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (received(addresses) < count && Instant.now().isBefore(end)) {
            Thread.sleep(200);
        }
        assertTrue(received(addresses) >= count, "mails before the stop");
    }

    /** Starts or stops the node, sending campaign mails slowly to the tests' SMTP server. */
    private static void server(String action) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(WLP.resolve("bin/server").toString(),
                action, SERVER).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("OPENXECO_MAIL_PORT", System.getProperty("it.smtp.port",
                "9025"));
        builder.environment().put("OPENXECO_CAMPAIGN_MAILS_PER_MINUTE", "12");
        builder.environment().put("OPENXECO_CAMPAIGN_CLAIM_TIMEOUT", "PT15S");
        builder.start().waitFor();
    }

    private static void awaitStarted() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant end = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(end)) {
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(
                        URI.create(URL + "/health/started")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError(URL + " did not start");
    }
}
