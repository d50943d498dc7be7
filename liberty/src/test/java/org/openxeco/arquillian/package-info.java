/**
 * Tests of the domain services inside a real Liberty server: the EJB module of the built
 * EAR is deployed with the test classes, so transactions, security and JPA behave as in
 * production.
 */
package org.openxeco.arquillian;
