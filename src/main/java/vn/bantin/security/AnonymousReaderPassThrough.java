package vn.bantin.security;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.ClientAuthConfig;
import jakarta.security.auth.message.config.ServerAuthConfig;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;

/**
 * Lets an anonymous reader's request for a public page past the sign-in mechanism at once.
 *
 * <p>The container asks the Jakarta Security sign-in mechanism about every request, public ones
 * too. For a reader without a session asking for a page that needs no role, the mechanism can
 * only answer "nobody, carry on", yet Payara's bridge to it looks the CDI BeanManager up through
 * JNDI each time, which was over a quarter of the CPU a cached bulletin page costs. This wraps the
 * authentication module the container registered for the application and answers that case
 * itself; everything else (the back office, the sign-in form once a session exists, programmatic
 * sign-in, any request with credentials) goes to the mechanism as before.
 */
@WebListener
public class AnonymousReaderPassThrough implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(AnonymousReaderPassThrough.class.getName());
    static final String LAYER = "HttpServlet";
    private static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";
    private static final String PASSED = AnonymousReaderPassThrough.class.getName() + ".passed";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        // The application context identifier of the Servlet profile of Jakarta Authentication.
        String appContext = context.getVirtualServerName() + " " + context.getContextPath();
        AuthConfigFactory factory = AuthConfigFactory.getFactory();
        AuthConfigProvider registered = factory.getConfigProvider(LAYER, appContext, null);
        if (registered == null) {
            LOG.warning(() -> "No authentication module registered for " + appContext + "; nothing to wrap");
            return;
        }
        // Same layer and context: replaces the registration, and is removed with it when the
        // application stops.
        factory.registerConfigProvider(new Provider(registered), LAYER, appContext,
                "Anonymous readers of public pages pass, everything else goes to the sign-in mechanism");
    }

    /** True when the sign-in mechanism has nothing to do for this request. */
    static boolean isAnonymousRead(MessageInfo message) {
        if (Boolean.parseBoolean(String.valueOf(message.getMap().get(MANDATORY)))) {
            return false; // a protected page, or a programmatic sign-in
        }
        if (!(message.getRequestMessage() instanceof HttpServletRequest request)) {
            return false;
        }
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method))
                && request.getRequestedSessionId() == null
                && request.getHeader("Authorization") == null;
    }

    private record Provider(AuthConfigProvider delegate) implements AuthConfigProvider {

        @Override
        public ServerAuthConfig getServerAuthConfig(String layer, String appContext, CallbackHandler handler)
                throws AuthException {
            return new Config(delegate.getServerAuthConfig(layer, appContext, handler));
        }

        @Override
        public ClientAuthConfig getClientAuthConfig(String layer, String appContext, CallbackHandler handler)
                throws AuthException {
            return delegate.getClientAuthConfig(layer, appContext, handler);
        }

        @Override
        public void refresh() {
            delegate.refresh();
        }
    }

    private record Config(ServerAuthConfig delegate) implements ServerAuthConfig {

        @Override
        public ServerAuthContext getAuthContext(String authContextID, Subject serviceSubject,
                @SuppressWarnings("rawtypes") Map properties) throws AuthException {
            ServerAuthContext context = delegate.getAuthContext(authContextID, serviceSubject, properties);
            return context == null ? null : new PassThroughContext(context);
        }

        @Override
        public String getAuthContextID(MessageInfo messageInfo) {
            return delegate.getAuthContextID(messageInfo);
        }

        @Override
        public String getMessageLayer() {
            return delegate.getMessageLayer();
        }

        @Override
        public String getAppContext() {
            return delegate.getAppContext();
        }

        @Override
        public boolean isProtected() {
            return delegate.isProtected();
        }

        @Override
        public void refresh() {
            delegate.refresh();
        }
    }

    /** Answers anonymous reads itself and hands everything else to the mechanism's context. */
    record PassThroughContext(ServerAuthContext delegate) implements ServerAuthContext {

        @Override
        @SuppressWarnings("unchecked")
        public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
            if (isAnonymousRead(message)) {
                message.getMap().put(PASSED, Boolean.TRUE.toString());
                return AuthStatus.SUCCESS; // no principal: the request goes on unauthenticated
            }
            return delegate.validateRequest(message, client, service);
        }

        @Override
        public AuthStatus secureResponse(MessageInfo message, Subject service) throws AuthException {
            if (message.getMap().containsKey(PASSED)) {
                return AuthStatus.SEND_SUCCESS;
            }
            return delegate.secureResponse(message, service);
        }

        @Override
        public void cleanSubject(MessageInfo message, Subject subject) throws AuthException {
            delegate.cleanSubject(message, subject);
        }
    }
}
