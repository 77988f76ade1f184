module.exports = { red: '#f00', green: '#0f0' };
