# Varnish in front of Kizuna's app servers (Debian's varnish 7). Start it with
#   varnishd -a :80 -f /srv/kizuna/deploy/varnish/kizuna.vcl -p vcl_path=/etc/kizuna:/usr/share/varnish/vcl
# where /etc/kizuna/backends.vcl names the app servers and who may purge (see
# backends.example.vcl beside this file).
#
# Stored: anonymous GET and HEAD answers the app marks cacheable (200, no Set-Cookie, no
# private/no-store), for an hour unless the app says otherwise. Never stored: requests
# with a session cookie (editors, logged-in visitors), the admin and its previews,
# documents, health checks, members' token feeds. The app (wagtail.contrib.frontend_cache,
# VARNISH_URL) sends PURGE <path> after each editor's change; a purge bans every object
# whose path starts with it, so PURGE / empties the cache of every page in every language.
vcl 4.1;

import directors;

include "backends.vcl";

sub vcl_recv {
    set req.backend_hint = app.backend();

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.x-url ~ ^" + req.url);
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|documents|_util)/" || req.url ~ "^/(healthz|readyz)$"
        || req.url ~ "/delegations/calendar/") {
        return (pass);
    }
    # A session (editors, logged-in visitors) or a message waiting for this visitor.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # An anonymous visitor's other cookies (csrftoken) change nothing on a cached page.
    unset req.http.Cookie;
    # Past /en/, /ja/ or /km/ the language is the path's: one copy, whatever the browser says.
    if (req.url ~ "^/(en|ja|km)/") {
        unset req.http.Accept-Language;
    }
    return (hash);
}

sub vcl_backend_response {
    # Kept on the object for bans (the ban lurker reads only the object).
    set beresp.http.x-url = bereq.url;
    if (beresp.status == 200 && !beresp.http.Set-Cookie && !beresp.http.Cache-Control) {
        set beresp.ttl = 1h;
    }
}

sub vcl_deliver {
    unset resp.http.x-url;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}
