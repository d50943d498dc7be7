package org.openxeco.it;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * RSS feeds served by the test itself on 127.0.0.1 (the test servers let the node call
 * loopback addresses): each path answers the media type and body put there last.
 */
public final class LocalFeed implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, String[]> replies = new ConcurrentHashMap<>();

    public LocalFeed() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void serve(String path, String contentType, String body) {
        replies.put(path, new String[] {contentType, body});
    }

    /** An RSS 2.0 feed of items, each given as guid, title, link and HTML description. */
    public static String rss(String title, List<String[]> items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<rss version=\"2.0\"><channel><title>" + title + "</title>"
                + "<link>https://news.example.org/</link><description>IT</description>");
        for (String[] item : items) {
            xml.append("<item><guid isPermaLink=\"false\">").append(item[0]).append("</guid>")
                    .append("<title>").append(item[1]).append("</title>")
                    .append("<link>").append(item[2]).append("</link>")
                    .append("<description><![CDATA[").append(item[3]).append("]]></description>")
                    .append("<pubDate>Mon, 30 Nov 2026 08:15:00 GMT</pubDate></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String[] reply = replies.get(exchange.getRequestURI().getPath());
        try (exchange) {
            if (reply == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = reply[1].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", reply[0]);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
