package org.openxeco.campaign;

/** One address a campaign goes to, with the account holding it (if any) and its language. */
public record Target(String address, String key, Long accountId, String language) {
}
