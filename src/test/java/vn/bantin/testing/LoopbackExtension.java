package vn.bantin.testing;

import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Payara Micro reports the machine's first network address as its host, but the test servers
 * listen on 127.0.0.1 only (config/loopback.preboot). This points Arquillian's clients (the
 * injected URL and the in-container test protocol) at the loopback address instead.
 */
public class LoopbackExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(LoopbackAddress.class);
    }

    public static class LoopbackAddress {

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> metaData;

        public void toLoopback(@Observes EventContext<ProtocolMetaData> event) {
            ProtocolMetaData loopback = new ProtocolMetaData();
            boolean changed = false;
            for (Object context : event.getEvent().getContexts()) {
                if (context instanceof HTTPContext http && !"127.0.0.1".equals(http.getHost())) {
                    changed = true;
                    HTTPContext local = new HTTPContext("127.0.0.1", http.getPort());
                    for (Servlet servlet : http.getServlets()) {
                        local.add(servlet);
                    }
                    loopback.addContext(local);
                } else {
                    loopback.addContext(context);
                }
            }
            if (changed) {
                metaData.set(loopback); // fires this observer again, which then lets it through
            } else {
                event.proceed();
            }
        }
    }
}
