/** The administrators' API for accounts: list, create, change, deactivate, reset passwords. */
package org.openxeco.rest.account;
