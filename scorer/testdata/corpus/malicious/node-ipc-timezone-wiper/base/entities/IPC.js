import Defaults from './Defaults.js';
class IPC{
    constructor(){
        this.config = new Defaults;
    }
}
export {IPC as default, IPC}
