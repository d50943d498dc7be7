/** The signed-in person's own account: password and preferences. */
package org.openxeco.web.account;
