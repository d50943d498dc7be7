/**
 * Self-service account pages: sign-up, address confirmation, forgotten password, the
 * signed-in person's account, profile, address change, data export and deletion, and the
 * public profile page of a member.
 */
package org.openxeco.web.account;
