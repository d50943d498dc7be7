/**
 * The node's health: what the checks report (the database, first-start loading, the
 * application) and, where the server reads checks only from the EAR's libraries, the checks
 * themselves. The domain module tells it how to see the database and the first-start loading.
 */
package org.openxeco.health;
