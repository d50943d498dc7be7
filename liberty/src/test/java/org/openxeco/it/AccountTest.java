package org.openxeco.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the account tests over HTTP: they run where a test node is given, and the mail
 * server is up before the first mail leaves, so that no mail of a test is lost.
 */
abstract class AccountTest {

    @BeforeAll
    static void nodeAndMailServerAreUp() {
        assumeTrue(System.getProperty("it.base.url") != null, "no test node in this run");
        Mailbox.start();
        Node.awaitStarted();
    }
}
