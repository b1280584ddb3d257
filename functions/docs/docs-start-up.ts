/**
 * The docs page's own start-up script, served as an asset (the page's CSP allows no inline script). It points
 * Swagger UI at the document named by the page, keeps tokens in memory only (persistAuthorization off),
 * never reads its configuration from the query string, and never calls the public validator.
 *
 * Two plugins make the first operation show sooner (bench/docs-page.ts measures it):
 * - `jsonFirst`: Swagger UI parses the document it fetched with js-yaml, which takes over 100 ms on our
 *   660 KB of JSON; JSON.parse takes a few. YAML (or anything JSON.parse refuses) still goes to js-yaml.
 * - `firstScreenFirst`: the first commit renders the operations of the first tags only, the first screen;
 *   the other tags, the webhooks and the schemas follow in one commit right after the browser has painted.
 *   Everything is in the page a few hundred ms later, as before; only the order changes. A tag mounted
 *   after that (the filter cleared, say) renders at once. The subtree resolutions Swagger UI asks for
 *   meanwhile wait for that commit (see `requestResolvedSubtree` below).
 */
export const docsStartUpScript = `'use strict';
(function () {
  var FIRST_SCREEN_TAGS = 2;
  var root = document.getElementById('swagger-ui');

  var jsonFirst = function () {
    return {
      statePlugins: {
        spec: {
          wrapActions: {
            parseToJson: function (original, system) {
              return function (text) {
                var json;
                try {
                  json = JSON.parse(text);
                } catch (notJson) {
                  return original(text);
                }
                if (!json || typeof json !== 'object') return original(text);
                system.errActions.clear({ source: 'parser' });
                return system.specActions.updateJsonSpec(json);
              };
            },
          },
        },
      },
    };
  };

  // One gate for every deferred part, opened once after the first paint: they render in one commit, and
  // the subtree resolutions asked for meanwhile (the security schemes', at load) start after it.
  var gateOpen = false;
  var waiting = [];
  var resolutions = [];
  var openGate = function () {
    if (gateOpen) return;
    gateOpen = true;
    var shows = waiting.splice(0);
    for (var i = 0; i < shows.length; i++) shows[i]();
    setTimeout(function () {
      var asked = resolutions.splice(0);
      for (var j = 0; j < asked.length; j++) asked[j]();
    }, 0);
  };
  var gateScheduled = false;
  var scheduleGate = function () {
    if (gateScheduled) return;
    gateScheduled = true;
    requestAnimationFrame(function () {
      setTimeout(openGate, 0);
    });
    // A tab opened in the background gets no animation frame until it is shown; the page still completes.
    setTimeout(openGate, 250);
  };
  var whenGateOpens = function (show) {
    if (gateOpen) return show();
    waiting.push(show);
  };
  var afterFirstPaint = function (Original, system, atOnce) {
    var React = system.React;
    return function (props) {
      var now = gateOpen || (atOnce !== undefined && atOnce(props));
      var state = React.useState(now);
      React.useEffect(function () {
        // After the first commit, whatever it rendered: the gate opens even if nothing waits for it.
        scheduleGate();
        if (state[0]) return undefined;
        var live = true;
        whenGateOpens(function () {
          if (live) state[1](true);
        });
        return function () {
          live = false;
        };
      }, []);
      return state[0] ? React.createElement(Original, props) : null;
    };
  };
  var firstScreenFirst = function () {
    return {
      wrapComponents: {
        OperationTag: function (Original, system) {
          return afterFirstPaint(Original, system, function (props) {
            return system.specSelectors.taggedOperations().keySeq().indexOf(props.tag) < FIRST_SCREEN_TAGS;
          });
        },
        Webhooks: afterFirstPaint,
        Models: afterFirstPaint,
      },
      statePlugins: {
        spec: {
          wrapActions: {
            // Swagger UI resolves the whole document with ApiDOM for this (over a second of CPU on ours):
            // started before the deferred parts render, it would hold them back until it is done.
            requestResolvedSubtree: function (original) {
              return function (path) {
                if (gateOpen) return original(path);
                resolutions.push(function () {
                  original(path);
                });
                return undefined;
              };
            },
          },
        },
      },
    };
  };

  window.ui = SwaggerUIBundle({
    url: root.getAttribute('data-openapi-url'),
    domNode: root,
    plugins: [jsonFirst, firstScreenFirst],
    deepLinking: true,
    displayOperationId: true,
    docExpansion: 'list',
    filter: true,
    persistAuthorization: false,
    queryConfigEnabled: false,
    validatorUrl: null,
  });
})();
`;
