module.exports = (d) => new Date(d).toISOString().slice(0, 10);
