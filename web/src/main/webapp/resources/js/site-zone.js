/*
 * Tells the node the browser's time zone in a cookie, so the public site shows times in
 * the visitor's zone. A page drawn in another zone (first visit, or the browser's zone
 * changed) is drawn again once, if it shows times; a signed-in person's own choice wins.
 */
(function () {
    'use strict';
    var zone;
    try {
        zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (e) {
        return;
    }
    if (!zone) {
        return;
    }
    var found = document.cookie.match(/(?:^|;\s*)openxeco-zone=([^;]*)/);
    if (!found || decodeURIComponent(found[1]) !== zone) {
        document.cookie = 'openxeco-zone=' + encodeURIComponent(zone)
            + '; path=/; max-age=31536000; samesite=lax';
    }
    document.addEventListener('DOMContentLoaded', function () {
        var marker = document.getElementById('site-zone');
        if (!marker || marker.getAttribute('data-source') === 'ACCOUNT'
                || marker.getAttribute('data-zone') === zone
                || !document.querySelector('.site-zone, .site-zone-note')
                || document.cookie.indexOf('openxeco-zone=') < 0) {
            return;
        }
        var key = 'openxeco-zone-redrawn';
        if (window.sessionStorage && sessionStorage.getItem(key) !== zone) {
            sessionStorage.setItem(key, zone);
            window.location.reload();
        }
    });
}());
