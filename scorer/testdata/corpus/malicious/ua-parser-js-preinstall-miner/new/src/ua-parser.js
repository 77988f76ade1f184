(function (window, undefined) {
    'use strict';
    var LIBVERSION  = '0.7.28',
        EMPTY       = '',
        UNKNOWN     = '?';
    var UAParser = function (ua) { this.ua = ua || EMPTY; };
    UAParser.VERSION = LIBVERSION;
    if (typeof exports !== 'undefined') { module.exports = UAParser; }
})(typeof window === 'object' ? window : this);
