/**
 * Accounts of the people who sign in, their roles and password hashes, and the first
 * administrator created at first start. Members sign up themselves, confirm their address,
 * reset a forgotten password and change their address through single-use mailed links, keep
 * a profile they may make public, export their data and delete their account.
 */
package org.openxeco.account;
