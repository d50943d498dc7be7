package org.openxeco.arquillian;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Builds the test deployment from the EAR the build produced. */
final class Deployments {

    private static final String EAR = System.getProperty("arquillian.ear",
            "../ear/target/openxeco.ear");

    private Deployments() {
    }

    /**
     * The built EAR's EJB module and libraries, without its web modules, plus a web module
     * holding the given test classes.
     */
    static EnterpriseArchive servicesWith(Class<?>... testClasses) {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(EAR));
        ear.delete("openxeco-rest.war");
        ear.delete("openxeco-web.war");
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "service-tests.war")
                .addClasses(testClasses)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        ear.addAsModule(tests);
        ear.setApplicationXML(new StringAsset("""
                <?xml version="1.0" encoding="UTF-8"?>
                <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
                    <display-name>openxeco-services-under-test</display-name>
                    <module><ejb>openxeco-ejb.jar</ejb></module>
                    <module>
                        <web>
                            <web-uri>service-tests.war</web-uri>
                            <context-root>/service-tests</context-root>
                        </web>
                    </module>
                    <library-directory>lib</library-directory>
                </application>
                """));
        return ear;
    }
}
