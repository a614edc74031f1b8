import sqlite3 from 'sqlite3';
import { openStore } from '../src/storage/open-store';
async function main(){
  const file='/tmp/busy-'+Date.now()+'.sqlite';
  const store=await openStore('sqlite://'+file,{statementTimeoutMs:300});
  const other=new sqlite3.Database(file);
  await new Promise<void>((r,j)=>other.exec('BEGIN EXCLUSIVE',(e)=>e?j(e):r()));
  try{await store.put('k',1);console.log('no error')}catch(e:any){console.log(e.constructor.name,e.code,e.message,e.cause?.code)}
}
void main();
