/**
 * Members' notifications: what the node tells a member about decisions on their requests,
 * reviews of their articles and newly published forms, kept for the ecosystem portal and
 * mailed through the mail templates, each as the member chose.
 */
package org.openxeco.notification;
