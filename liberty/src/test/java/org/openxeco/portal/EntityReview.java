package org.openxeco.portal;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The node setting "members' changes to their entities wait for review", set through the
 * members' queue. A test that depends on it sets it for its own steps and puts back what it
 * found, so tests pass in any order.
 */
final class EntityReview {

    private static final By BOX = By.cssSelector("#setting-form\\:review .ui-chkbox-box");

    private EntityReview() {
    }

    /** Runs the steps with the setting as they need it, then restores the earlier value. */
    static void with(Browser admin, boolean required, Runnable steps) {
        boolean before = current(admin);
        set(admin, required);
        try {
            steps.run();
        } finally {
            set(admin, before);
        }
    }

    /** Whether members' entity changes wait for review now. */
    static boolean current(Browser admin) {
        admin.open("/admin/members/queue.xhtml");
        return admin.find(BOX).getAttribute("class").contains("ui-state-active");
    }

    private static void set(Browser admin, boolean required) {
        if (current(admin) == required) {
            return;
        }
        WebElement box = admin.find(BOX);
        box.click();
        admin.click(By.id("setting-form:save-setting"));
        admin.waitFor(d -> admin.text().contains(required ? "now wait for review"
                : "now go live at once"));
    }
}
