package org.communique.platform.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Name resolution, replaceable in tests. */
@FunctionalInterface
public interface HostResolver {

    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
