var Stream = require('stream').Stream
var es = exports
es.Stream = Stream
es.through = require('through')
es.split = function (matcher) {
  var soFar = ''
  matcher = matcher || '\n'
  return es.through(function (buffer) {
    var pieces = (soFar + buffer).split(matcher)
    soFar = pieces.pop()
    for (var i = 0; i < pieces.length; i++) this.emit('data', pieces[i])
  })
}
es.flatmapSync = require('flatmap-stream')
