/** The admin portal's articles: the table of all five types and the editor with the workflow. */
package org.openxeco.web.admin.articles;
