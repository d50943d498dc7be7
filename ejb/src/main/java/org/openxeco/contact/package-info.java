/**
 * Messages visitors send through the public contact form, kept for the administrators to read
 * and close, with the guards that keep the form from being abused: a limit per client, a field
 * only machines fill in, and a signed time of issue that refuses forms sent too fast or too late.
 */
package org.openxeco.contact;
