/**
 * Command line: {@code java -jar stepline.jar import | export | report | generate | account …} in the same jar as the server.
 * Commands start no web server, take the server's data-directory and datasource options, and work through a
 * Stepline server already running on the same data directory. A module of its own because {@code report} needs
 * the outcomes engine, which itself listens to the datasets module's imports: in either of those modules the
 * command line would make a dependency cycle.
 */
@org.jspecify.annotations.NullMarked
package org.stepline.cli;
