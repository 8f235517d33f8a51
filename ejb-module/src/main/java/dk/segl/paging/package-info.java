/** Paged lists. Depends on dk.segl.error only. */
package dk.segl.paging;
