package org.openxeco.kernel;

/** A write was based on a version of the object that is no longer the current one. */
public class StaleVersionException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final long givenVersion;
    private final long currentVersion;

    public StaleVersionException(String what, long givenVersion, long currentVersion) {
        super(what + " was changed meanwhile: the request is based on version " + givenVersion
                + ", the current version is " + currentVersion);
        this.givenVersion = givenVersion;
        this.currentVersion = currentVersion;
    }

    /** Refuses a write whose version is not the current one. */
    public static void check(String what, long given, long current) {
        if (given != current) {
            throw new StaleVersionException(what, given, current);
        }
    }

    @Override
    public String kind() {
        return "stale-version";
    }

    public long givenVersion() {
        return givenVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
