package vn.bantin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.security.auth.Subject;

import org.junit.jupiter.api.Test;

/** Which requests skip the sign-in mechanism, and that all others still reach it. */
class AnonymousReaderPassThroughTest {

    private final List<String> reachedMechanism = new ArrayList<>();
    private final ServerAuthContext mechanism = new ServerAuthContext() {
        @Override
        public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) {
            reachedMechanism.add("validate");
            return AuthStatus.SEND_CONTINUE;
        }

        @Override
        public AuthStatus secureResponse(MessageInfo message, Subject service) {
            reachedMechanism.add("secure");
            return AuthStatus.SEND_FAILURE;
        }

        @Override
        public void cleanSubject(MessageInfo message, Subject subject) {
            reachedMechanism.add("clean");
        }
    };
    private final ServerAuthContext context = new AnonymousReaderPassThrough.PassThroughContext(mechanism);

    @Test
    void an_anonymous_reader_asking_for_a_public_page_passes_without_the_mechanism() throws Exception {
        for (String method : List.of("GET", "HEAD")) {
            Message message = new Message(request(method, null, null), false);
            Subject subject = new Subject();
            assertEquals(AuthStatus.SUCCESS, context.validateRequest(message, subject, null));
            assertEquals(AuthStatus.SEND_SUCCESS, context.secureResponse(message, null));
            assertEquals(0, subject.getPrincipals().size(), "nobody is signed in");
        }
        assertEquals(List.of(), reachedMechanism);
    }

    @Test
    void protected_pages_sessions_credentials_and_form_posts_still_reach_the_mechanism() throws Exception {
        List<Message> messages = List.of(
                new Message(request("GET", null, null), true),                 // back office, or programmatic sign-in
                new Message(request("GET", "Kx81Q", null), false),             // a signed-in editor reading the site
                new Message(request("GET", null, "Basic YWRtaW46eA=="), false), // credentials sent
                new Message(request("POST", null, null), false));              // sign-in form posted
        for (Message message : messages) {
            assertEquals(AuthStatus.SEND_CONTINUE, context.validateRequest(message, new Subject(), null));
            assertEquals(AuthStatus.SEND_FAILURE, context.secureResponse(message, null));
        }
        assertEquals(8, reachedMechanism.size(), reachedMechanism.toString());
    }

    @Test
    void signing_out_always_reaches_the_mechanism() throws Exception {
        context.cleanSubject(new Message(request("GET", null, null), false), new Subject());
        assertEquals(List.of("clean"), reachedMechanism);
    }

    @Test
    void a_request_that_is_not_http_is_left_to_the_mechanism() {
        assertFalse(AnonymousReaderPassThrough.isAnonymousRead(new Message(null, false)));
    }

    /** Only what the pass-through reads of a request: its method, session id and credentials. */
    private static HttpServletRequest request(String method, String sessionId, String authorization) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "getRequestedSessionId" -> sessionId;
                    case "getHeader" -> "Authorization".equalsIgnoreCase((String) args[0]) ? authorization : null;
                    default -> throw new UnsupportedOperationException(called.getName());
                });
    }

    private static final class Message implements MessageInfo {
        private final Map<Object, Object> map = new HashMap<>();
        private Object request;

        Message(HttpServletRequest request, boolean mandatory) {
            this.request = request;
            if (mandatory) {
                map.put("jakarta.security.auth.message.MessagePolicy.isMandatory", "true");
            }
        }

        @Override
        public Object getRequestMessage() {
            return request;
        }

        @Override
        public Object getResponseMessage() {
            return null;
        }

        @Override
        public void setRequestMessage(Object request) {
            this.request = request;
        }

        @Override
        public void setResponseMessage(Object response) {
        }

        @Override
        @SuppressWarnings("rawtypes")
        public Map getMap() {
            return map;
        }
    }
}
