"""Connect-time address guard for a download child (what MeTube's url_guard does).

Every name yt-dlp resolves goes through socket.getaddrinfo, so wrapping it covers the page, its
redirects, manifests and each fragment, and a DNS answer that changes between the server's own
check and the download. It cannot cover connections made by other programs (ffmpeg resolves
names itself: child_safety.py keeps it from downloading), nor a proxy set by HTTP(S)_PROXY.
The rules match src/security/url-guard.ts.
"""
import ipaddress
import socket

NAT64 = ipaddress.ip_network("64:ff9b::/96")
LOCAL_NAT64 = ipaddress.ip_network("64:ff9b:1::/48")
IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
# Global by the registries, internal in practice: Azure's WireServer answers only inside Azure.
INTERNAL_V4 = [ipaddress.ip_network("168.63.129.16/32")]


def is_public(address):
    ip = ipaddress.ip_address(address.split("%")[0])
    if ip.version == 6:
        if ip.ipv4_mapped:
            return is_public(str(ip.ipv4_mapped))
        if ip.sixtofour:
            return is_public(str(ip.sixtofour))
        if ip in NAT64 or ip in IPV4_COMPATIBLE:
            return is_public(str(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)))
        if ip.teredo or ip in LOCAL_NAT64:
            return False
    elif any(ip in network for network in INTERNAL_V4):
        return False
    return ip.is_global and not ip.is_multicast


def is_literal(host):
    try:
        ipaddress.ip_address(str(host).split("%")[0])
        return True
    except ValueError:
        return False


def install(allowed_networks=(), bypass=lambda: False, on_refused=lambda: None):
    """Guards every name resolved through socket.getaddrinfo and every address a socket connects or
    sends to (a library may hand a name to connect() itself). `bypass()`: skip it for this call;
    `on_refused()`: told before a refusal is raised."""
    resolve = socket.getaddrinfo
    allowed = [ipaddress.ip_network(n, strict=False) for n in allowed_networks]

    def permitted(address):
        ip = ipaddress.ip_address(address.split("%")[0])
        return is_public(address) or any(ip.version == n.version and ip in n for n in allowed)

    def guarded(host, *args, **kwargs):
        results = resolve(host, *args, **kwargs)
        if bypass():
            return results
        for family, _, _, _, sockaddr in results:
            if family in (socket.AF_INET, socket.AF_INET6) and not permitted(sockaddr[0]):
                # Never say what a name resolved to: that would make us an oracle for internal DNS.
                what = host if is_literal(host) else f"the host {host}"
                on_refused()
                raise socket.gaierror(f"{what} is not a public address; refused (ALLOW_PRIVATE_ADDRESSES=true allows it)")
        return results

    socket.getaddrinfo = guarded
    guard_sockets(guarded)


def guard_sockets(guarded):
    """connect(), connect_ex() and sendto() check their address: a name is resolved through the
    guard and its first permitted address used; a literal address is checked as it is."""
    checked_socket = socket.socket

    def checked(sock, address):
        if sock.family not in (socket.AF_INET, socket.AF_INET6) or not isinstance(address, tuple):
            return address
        host, port, *rest = address
        results = guarded(host, port, sock.family, sock.type)
        return (results[0][4][0], port, *rest) if results else address

    connect, connect_ex, sendto = checked_socket.connect, checked_socket.connect_ex, checked_socket.sendto
    checked_socket.connect = lambda self, address: connect(self, checked(self, address))
    checked_socket.connect_ex = lambda self, address: connect_ex(self, checked(self, address))

    def send_to(self, data, *args):
        *flags, address = args
        return sendto(self, data, *flags, checked(self, address))

    checked_socket.sendto = send_to
