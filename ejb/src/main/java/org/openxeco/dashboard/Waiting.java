package org.openxeco.dashboard;

/**
 * What waits for an administrator: members' attachment and new-entity requests, their
 * proposed entity changes, their articles under review, and other nodes' handshakes.
 */
public record Waiting(long requests, long changes, long articles, long handshakes) {

    public long total() {
        return requests + changes + articles + handshakes;
    }
}
