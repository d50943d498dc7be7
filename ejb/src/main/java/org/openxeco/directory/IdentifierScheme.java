package org.openxeco.directory;

/** Registries whose identifiers an entity may carry. */
public enum IdentifierScheme {
    VAT,
    TRADE_REGISTER,
    LEI,
    WIKIDATA,
    WEB_DOMAIN,
    ROR,
    DUNS,
    OTHER
}
