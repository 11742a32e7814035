// What Prototype.js 1.6 does before any library loads: arrays stringify as a JSON string of their JSON.
Array.prototype.toJSON = function () {
  return '[' + this.map(function (v) { return JSON.stringify(v); }).join(', ') + ']';
};
