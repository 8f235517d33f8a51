/**
 * The pages' backing beans (Faces): they translate clicks into service calls, always passing the
 * current {@link dk.segl.organisation.Actor}, and domain refusals into page messages through
 * {@link dk.segl.web.pages.PageMessages}, the one place that does so. Depends on the domain's
 * services and value types, and on dk.segl.web.security for the login; never on repositories.
 */
package dk.segl.web.pages;
