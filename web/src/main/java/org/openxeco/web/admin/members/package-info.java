/**
 * The administrators' queue of members' work: requests to be attached to an entity or to add
 * one, changes to entities waiting for review (shown as field diffs), and articles submitted
 * for review, plus the setting that decides whether entity changes wait for review.
 */
package org.openxeco.web.admin.members;
