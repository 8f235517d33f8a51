/**
 * The words for whom a certificate is about, validated once when they are made: {@link
 * dk.segl.holder.Cvr}, {@link dk.segl.holder.EmailAddress} and the {@link
 * dk.segl.holder.CertificateEmail} that may go into a certificate, {@link
 * dk.segl.holder.DisplayName}, {@link dk.segl.holder.HolderId}, {@link
 * dk.segl.holder.OrganizationIdentifier}, and the {@link dk.segl.holder.CertificateHolder} they
 * make up. Ordering, the certificate profile and the directory all take these types, so each rule
 * is one piece of code. Depends on {@code dk.segl.error} and the JDK only.
 */
package dk.segl.holder;
