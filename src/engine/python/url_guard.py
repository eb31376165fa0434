"""Connect-time address guard for a download child (what MeTube's url_guard does).

Every name yt-dlp resolves goes through socket.getaddrinfo, so wrapping it covers the page, its
redirects, manifests and each fragment, and a DNS answer that changes between the server's own
check and the download. It cannot cover connections made by other programs: ffmpeg, when yt-dlp
hands it a URL, resolves names itself.
"""
import ipaddress
import socket

NAT64 = ipaddress.ip_network("64:ff9b::/96")


def is_public(address):
    ip = ipaddress.ip_address(address.split("%")[0])
    if ip.version == 6:
        if ip.ipv4_mapped:
            return is_public(str(ip.ipv4_mapped))
        if ip.sixtofour:
            return is_public(str(ip.sixtofour))
        if ip in NAT64:
            return is_public(str(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)))
        if ip.teredo:
            return False
    return ip.is_global and not ip.is_multicast


def install():
    resolve = socket.getaddrinfo

    def guarded(host, *args, **kwargs):
        results = resolve(host, *args, **kwargs)
        for family, _, _, _, sockaddr in results:
            if family in (socket.AF_INET, socket.AF_INET6) and not is_public(sockaddr[0]):
                raise socket.gaierror(
                    f"refused to connect to {host}: {sockaddr[0]} is not a public address "
                    "(ALLOW_PRIVATE_ADDRESSES=true allows it)"
                )
        return results

    socket.getaddrinfo = guarded
