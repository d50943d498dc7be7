/**
 * Accounts of the people who sign in, their roles and password hashes, and the first
 * administrator created at first start.
 */
package org.openxeco.account;
