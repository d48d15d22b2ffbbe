/**
 * Plumbing every capability shares: the database, the command line, the page layout.
 * It knows nothing of the domain.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package hearth.platform;
