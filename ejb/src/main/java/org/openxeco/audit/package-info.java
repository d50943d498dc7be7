/**
 * The audit trail: who changed which object when, through which channel, and the old and
 * new value of every field that changed. Written in the same transaction as the change.
 */
package org.openxeco.audit;
