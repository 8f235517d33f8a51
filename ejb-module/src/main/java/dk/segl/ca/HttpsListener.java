package dk.segl.ca;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Payara's {@code https-listener} (web-module/src/main/payara/preboot.asadmin), made to read Segl's
 * key stores again while running. It reads them only when it starts. In Payara Micro 6.2025.10 a
 * {@code set} of its {@code ssl.key-store}, even to another file, leaves the old certificate served
 * (no restart follows); disabling and enabling the listener restarts it, and the restarted listener
 * serves what the files hold then. Both are asadmin {@code set} commands, run through the command
 * runner Payara keeps in its service registry ({@code org.glassfish.embeddable.CommandRunner}),
 * reached by reflection because Payara publishes no artifact an application compiles against for
 * it. Connections in progress are closed and new ones refused for the moment between the
 * two commands; clients reconnect.
 */
public final class HttpsListener {

    private static final Logger LOG = Logger.getLogger(HttpsListener.class.getName());
    private static final String ENABLED =
            "configs.config.server-config.network-config.network-listeners.network-listener.https-listener.enabled=";

    /** Restarts the listener; false (logged) where there is no Payara to ask or it refused. */
    public boolean restart() {
        try {
            Asadmin asadmin = Asadmin.ofThisPayara();
            boolean stopped = asadmin.set(ENABLED + "false");
            // Enabled again whatever the first command answered: a listener left off serves nobody.
            return asadmin.set(ENABLED + "true") && stopped;
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.log(Level.WARNING, "Cannot restart the HTTPS listener (not on Payara?): it serves the new"
                    + " certificate from the next start", e);
            return false;
        }
    }

    /** Payara's command runner and the two interfaces it is used through. */
    private record Asadmin(Object runner, Class<?> runnerType, Class<?> resultType) {

        static Asadmin ofThisPayara() throws ReflectiveOperationException {
            ClassLoader loader = HttpsListener.class.getClassLoader();
            Object locator = Class.forName("org.glassfish.internal.api.Globals", true, loader)
                    .getMethod("getDefaultBaseServiceLocator").invoke(null);
            Class<?> runnerType = Class.forName("org.glassfish.embeddable.CommandRunner", true, loader);
            Object runner = locator.getClass().getMethod("getService", Class.class, Annotation[].class)
                    .invoke(locator, runnerType, new Annotation[0]);
            if (runner == null) {
                throw new ClassNotFoundException("no org.glassfish.embeddable.CommandRunner in Payara's registry");
            }
            return new Asadmin(runner, runnerType, Class.forName("org.glassfish.embeddable.CommandResult", true, loader));
        }

        boolean set(String setting) throws ReflectiveOperationException {
            Object result;
            try {
                result = runnerType.getMethod("run", String.class, String[].class).invoke(runner, "set", new String[] {setting});
            } catch (InvocationTargetException e) {
                LOG.log(Level.SEVERE, "asadmin set " + setting + " failed", e.getCause());
                return false;
            }
            String status = String.valueOf(resultType.getMethod("getExitStatus").invoke(result));
            if (!"SUCCESS".equals(status)) {
                Object output = resultType.getMethod("getOutput").invoke(result);
                LOG.severe(() -> "asadmin set " + setting + " answered " + status + ": " + output);
                return false;
            }
            return true;
        }
    }
}
