/** One-time tokens for links sent by email. Depends on nothing else in Segl. */
package dk.segl.token;
