/** Configuration (MicroProfile Config) and the clock. Depends on nothing else in Segl. */
package dk.segl.config;
